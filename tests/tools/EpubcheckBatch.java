import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * EPUBCheck on many EPUBs in one JVM, for the tests: starting a JVM and compiling EPUBCheck's schemas costs ~4 s of
 * CPU per file, the check itself a fraction of that.
 *
 * <p>Run in source-file mode with EPUBCheck's jar on the class path ({@code java -cp /usr/bin/epubcheck
 * EpubcheckBatch.java}). Reads one EPUB path per line on stdin; for each, runs the command line's own entry point
 * ({@code EpubChecker.run}, what {@code java -jar epubcheck.jar path} runs before it exits) and writes one line:
 * the exit code, a space, and everything the check wrote to stdout and stderr with backslash, CR and LF escaped.
 * A line "ready" is written first, once the checker's classes load, so the caller knows the JVM started.
 */
public final class EpubcheckBatch {
    private EpubcheckBatch() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream protocol = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);

        // One stream for System.out and System.err for the JVM's life, whose target changes per check: anything that
        // keeps the stream it saw first (a logging handler) still writes into the current check's report.
        SwitchableStream capture = new SwitchableStream();
        PrintStream captured = new PrintStream(capture, true, StandardCharsets.UTF_8);
        System.setOut(captured);
        System.setErr(captured);

        Class.forName("com.adobe.epubcheck.tool.EpubChecker");
        protocol.println("ready");
        protocol.flush();

        BufferedReader input = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String path;
        while ((path = input.readLine()) != null) {
            ByteArrayOutputStream report = new ByteArrayOutputStream();
            capture.target = report;
            int exitCode;
            try {
                exitCode = new com.adobe.epubcheck.tool.EpubChecker().run(new String[] { path });
            } catch (Throwable t) {
                t.printStackTrace(captured);
                exitCode = -2;
            }

            captured.flush();
            capture.target = OutputStream.nullOutputStream();
            protocol.println(exitCode + " " + escape(report.toString(StandardCharsets.UTF_8)));
            protocol.flush();
        }
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\r", "\\r").replace("\n", "\\n");
    }

    /** An output stream that forwards to whichever stream is current. */
    private static final class SwitchableStream extends OutputStream {
        volatile OutputStream target = OutputStream.nullOutputStream();

        @Override
        public void write(int b) throws java.io.IOException {
            target.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws java.io.IOException {
            target.write(b, off, len);
        }
    }
}
