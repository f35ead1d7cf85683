using System.Globalization;
using System.IO.Compression;
using System.Text.RegularExpressions;
using Publish.Engine;
using Publish.Styles;

namespace Publish.Package.Tests;

/// <summary>
/// The packages as a NuGet user gets them: packed into a local feed, referenced by a new project in a folder outside the
/// repository (its program is the README's library sample), restored, built and run there.
/// </summary>
public sealed partial class PackageConsumerTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task The_readme_sample_built_against_the_packed_engine_publishes_the_sample_from_memory()
    {
        using var scratch = new ScratchFolder();
        var feed = Directory.CreateDirectory(scratch.File("feed")).FullName;
        // A version no earlier pack used, so no package cache can hand back another build's package.
        var version = "0.1.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture);

        // The libraries are built already (this project references the engine): pack what that build made.
        var pack = Command.Run(Repo.Root, null, Limit, "dotnet", "pack", Path.Combine(Repo.Root, "Publish.Library.slnf"), "-c", Repo.Configuration, "--no-build",
            "-o", feed, $"-p:PackageVersion={version}", $"-p:NuspecOutputPath={scratch.File("nuspec")}/");
        Assert.True(pack.ExitCode == 0, pack.ToString());
        var engine = Path.Combine(feed, $"Publish.Engine.{version}.nupkg");
        Assert.True(File.Exists(engine), pack.ToString());
        using (var package = ZipFile.OpenRead(engine))
        {
            // XML documentation for IntelliSense, the readme and the licence expression NuGet shows.
            Assert.Contains(package.Entries, e => e.FullName == "lib/net10.0/Publish.Engine.xml");
            Assert.Contains(package.Entries, e => e.FullName == "PACKAGE.md");
            Assert.Contains(package.Entries, e => e.FullName == "contentFiles/any/any/styles/default.yaml");
            Assert.Contains(package.Entries, e => e.FullName == "contentFiles/any/any/styles/fonts/NotoSerif-Regular.ttf");
            using var nuspec = new StreamReader(package.GetEntry("Publish.Engine.nuspec")!.Open());
            var manifest = nuspec.ReadToEnd();
            Assert.Contains("<license type=\"expression\">MIT</license>", manifest, StringComparison.Ordinal);
            Assert.Contains("id=\"Publish.Styles\"", manifest, StringComparison.Ordinal);
        }


        var consumer = Directory.CreateDirectory(scratch.File("consumer")).FullName;
        File.WriteAllText(Path.Combine(consumer, "Consumer.csproj"), ConsumerProject(version, scratch.File("packages")));
        File.WriteAllText(Path.Combine(consumer, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <!-- The machine's own sources stay (no <clear/>): the engine's dependencies come from them. -->
                <add key="publish-local" value="{feed}" />
              </packageSources>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(consumer, "Program.cs"), ReadmeSample());

        var build = Command.Run(consumer, null, Limit, "dotnet", "build", "-c", "Release");
        Assert.True(build.ExitCode == 0, build.ToString());
        var output = Path.Combine(consumer, "bin", "Release", "net10.0", "linux-x64");
        Assert.True(File.Exists(Path.Combine(output, "styles", "default.yaml")), "the shipped styles are copied beside the consumer's assemblies");

        // Run from a folder that is neither the repository nor the program's: the style is found beside the program.
        var work = Directory.CreateDirectory(scratch.File("work")).FullName;
        File.Copy(Repo.SampleManuscript, Path.Combine(work, "sample.txt"));
        var run = Command.Run(work, null, Limit, "dotnet", Path.Combine(output, "Consumer.dll"), "sample.txt", "editions");
        Assert.True(run.ExitCode == 0, run.ToString());

        var pdf = File.ReadAllBytes(Path.Combine(work, "editions", "sample.pdf"));
        var epub = File.ReadAllBytes(Path.Combine(work, "editions", "sample.epub"));
        EditionChecks.PdfReads(pdf, "Khojaly");
        EditionChecks.EpubIsContainer(epub);

        // The same bytes as this build of the engine makes in process with the README's fixed date.
        await using var manuscript = File.OpenRead(Repo.SampleManuscript);
        var here = await Publisher.PublishAsync(manuscript, "sample.txt", HouseStyle.Default, new PublishOptions { BuildDate = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000) });
        using var herePdf = new MemoryStream();
        await here.Pdf!.CopyToAsync(herePdf);
        Assert.Equal(herePdf.ToArray(), pdf);
    }

    /// <summary>The first C# block of the README's library section, as a user would paste it.</summary>
    private static string ReadmeSample()
    {
        var readme = File.ReadAllText(Repo.Readme);
        var section = readme.IndexOf("## Using Publish from C#", StringComparison.Ordinal);
        Assert.True(section >= 0, "README.md has its library section");
        var block = CSharpBlock().Match(readme, section);
        Assert.True(block.Success, "the library section has a C# block");
        return block.Groups["code"].Value;
    }

    private static string ConsumerProject(string version, string packages)
    {
        var globalPackages = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } set
            ? set
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        return $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
                <RuntimeIdentifier>linux-x64</RuntimeIdentifier>
                <SelfContained>false</SelfContained>
                <!-- The test's own package folder (the packed version goes nowhere else); the machine's extracted packages
                     serve the dependencies without a download. -->
                <RestorePackagesPath>{packages}</RestorePackagesPath>
                <RestoreAdditionalProjectFallbackFolders>{globalPackages}</RestoreAdditionalProjectFallbackFolders>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Publish.Engine" Version="{version}" />
              </ItemGroup>
            </Project>
            """;
    }

    [GeneratedRegex("```csharp\\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();
}
