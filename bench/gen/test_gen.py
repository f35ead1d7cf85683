"""Tests of gen.py (standard library only): python3 -m unittest discover -s bench/gen"""

import re
import tempfile
import unittest
from pathlib import Path

import gen


def generate(*args: str) -> str:
    with tempfile.TemporaryDirectory() as out:
        assert gen.main([*args, "--out", out, "--images", "skip"]) == 0
        return (Path(out) / "book.md").read_bytes().decode("utf-8")


def sections_of(book: str) -> list[str]:
    """The text of each `# ` section, bibliography last."""
    body = book.split("\n---\n", 1)[1]
    return [s for s in re.split(r"^# ", body, flags=re.M)[1:]]


class GeneratorTests(unittest.TestCase):
    def test_splitmix64_matches_the_reference_sequence(self):
        rng = gen.SplitMix64(0)
        self.assertEqual([rng.next() for _ in range(2)], [0xE220A8397B1DCDAF, 0x6E789E6AA1B965F4])

    def test_same_seed_gives_the_same_bytes_and_another_seed_other_bytes(self):
        first = generate("--sections", "12", "--seed", "7")
        self.assertEqual(first, generate("--sections", "12", "--seed", "7"))
        self.assertNotEqual(first, generate("--sections", "12", "--seed", "8"))

    def test_front_matter_has_the_canonical_keys(self):
        book = generate("--sections", "3")
        front = book.split("\n---\n", 1)[0]
        self.assertTrue(front.startswith("---\n"))
        keys = [line.split(":", 1)[0] for line in front.splitlines()[1:]]
        self.assertEqual(keys, ["title", "author", "lang", "date", "publisher"])

    def test_sections_have_about_480_words_and_turkish_names(self):
        sections = sections_of(generate("--sections", "20"))
        self.assertEqual(len(sections), 21)
        self.assertTrue(sections[-1].startswith("Bibliography\n"))
        for section in sections[:-1]:
            prose = [p for p in section.split("\n\n")[1:] if p and not p.startswith(("[^", "!["))]
            words = sum(len(p.split()) for p in prose)
            self.assertGreaterEqual(words, 480)
            self.assertLess(words, 560)
        self.assertRegex("".join(sections), "[İıŞşĞğÇçÖöÜü]")

    def test_two_notes_per_section_every_third_long_all_referenced_once(self):
        sections = sections_of(generate("--sections", "9"))
        for number, section in enumerate(sections[:-1], start=1):
            definitions = re.findall(r"^\[\^(n\d+)\]: (.*)$", section, flags=re.M)
            self.assertEqual([label for label, _ in definitions], [f"n{2 * number - 1}", f"n{2 * number}"])
            for label, text in definitions:
                # Referenced exactly once, glued to the sentence's period.
                self.assertEqual(len(re.findall(r"\.\[\^" + label + r"\](?!:)", section)), 1)
                # A short note is one citation (about 15 words); a long one adds 40-80 words of sentences.
                words = len(text.split())
                if int(label[1:]) % 3 == 0:
                    self.assertGreater(words, 50, text)
                else:
                    self.assertLess(words, 30, text)

    def test_a_figure_every_fifth_section_numbered_in_order(self):
        sections = sections_of(generate("--sections", "11"))
        figures = [(i, m) for i, s in enumerate(sections, start=1) for m in re.findall(r"^!\[[^\]]+\]\((images/[^)]+)\)$", s, flags=re.M)]
        self.assertEqual(figures, [(5, "images/photo001.jpg"), (10, "images/photo002.jpg")])

    def test_images_none_leaves_figures_out(self):
        with tempfile.TemporaryDirectory() as out:
            gen.main(["--sections", "10", "--out", out, "--images", "none"])
            book = (Path(out) / "book.md").read_text(encoding="utf-8")
            self.assertNotIn("![", book)
            self.assertFalse((Path(out) / "images").exists())

    def test_bibliography_has_entries_in_turkish_alphabetical_order(self):
        bibliography = sections_of(generate("--sections", "30"))[-1]
        entries = [e for e in bibliography.split("\n\n")[1:] if e.strip()]
        self.assertGreaterEqual(len(entries), 15)
        self.assertEqual(entries, sorted(entries, key=gen.turkish_sort_key))
        self.assertLess(gen.turkish_sort_key("Cevdet"), gen.turkish_sort_key("Çelik"))
        self.assertLess(gen.turkish_sort_key("Çelik"), gen.turkish_sort_key("Doğan"))

    def test_output_is_utf8_with_lf_line_ends_and_a_final_newline(self):
        book = generate("--sections", "2")
        self.assertNotIn("\r", book)
        self.assertTrue(book.endswith(".\n"))


if __name__ == "__main__":
    unittest.main()


class PeerFormatTests(unittest.TestCase):
    """The peers' versions carry the same notes, figures and text as the Publish Markdown."""

    book = gen.build_book(1, 10, figures=True)

    def test_every_peer_format_carries_every_note_once(self):
        notes = [n.text for s in self.book.sections for n in s.notes]
        typst = gen.write_typst(self.book)
        html_text = gen.write_html(self.book)
        pandoc = gen.write_pandoc(self.book)
        self.assertEqual(len(notes), typst.count("#footnote["))
        self.assertEqual(len(notes), html_text.count('<span class="fn">'))
        self.assertEqual(len(notes), len(re.findall(r"^\[\^n\d+\]: ", pandoc, re.M)))

    def test_every_peer_format_carries_every_figure(self):
        for text in (gen.write_typst(self.book), gen.write_html(self.book), gen.write_pandoc(self.book)):
            for figure in self.book.figures:
                self.assertIn(figure.image, text)

    def test_typst_escapes_markup_characters(self):
        self.assertEqual("a\\#b\\*c\\_d\\@e", gen.typst_escape("a#b*c_d@e"))

    def test_the_pandoc_version_sets_the_common_page(self):
        pandoc = gen.write_pandoc(self.book)
        self.assertIn("fontsize: 12pt", pandoc)
        self.assertIn("margin=25mm", pandoc)
        self.assertIn("\\pageref{LastPage}", pandoc)


class TableOptionTests(unittest.TestCase):
    """--tables (issue 17): a 10-row captioned pipe table in each section, and the same text as without."""

    TABLE = re.compile(r"^(\|.*\|\n)+\nTable: (.+)\n", flags=re.M)

    def test_each_section_has_one_captioned_pipe_table_of_a_header_and_ten_rows_of_five_columns(self):
        sections = sections_of(generate("--sections", "6", "--tables"))
        for section in sections[:-1]:
            tables = list(self.TABLE.finditer(section))
            self.assertEqual(len(tables), 1, section)
            lines = tables[0].group(0).split("\n")
            rows = [line for line in lines if line.startswith("|")]
            self.assertEqual(len(rows), 1 + 1 + gen.TABLE_ROWS)  # header, delimiter row, body
            self.assertRegex(rows[1], r"^\|(:?-+:?\|){5}$")
            self.assertTrue(all(row.count("|") == 6 for row in rows), rows)
            self.assertGreater(len(tables[0].group(2).split()), 3)
        self.assertEqual(self.TABLE.findall(sections[-1]), [])

    def test_the_text_around_the_tables_is_the_book_without_tables(self):
        plain = generate("--sections", "8")
        with_tables = generate("--sections", "8", "--tables")
        self.assertNotIn("\n| ", plain)
        self.assertEqual(self.TABLE.sub("", with_tables).replace("\n\n\n", "\n\n"), plain)

    def test_three_kinds_of_table_take_turns(self):
        captions = [m.group(2) for m in self.TABLE.finditer(generate("--sections", "3", "--tables"))]
        self.assertEqual(len(captions), 3)
        self.assertEqual(len({c.split()[0] for c in captions}), 3, captions)
