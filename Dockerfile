# Publish in a container, for CI: the native (ahead-of-time) build of the tool on Debian slim. No network is needed
# when it runs; the shipped styles, fonts and hyphenation patterns are inside the image.
#
#   docker build -t publish .
#   docker run --rm --network none -u "$(id -u):$(id -g)" -e SOURCE_DATE_EPOCH -v "$PWD:/work" publish build publish.yaml
#
# Stage 1 compiles with the .NET SDK image (Debian 13 "trixie"); stage 2 is the same Debian, slim, with only what the
# native executable loads at run time (ICU for culture-aware text; glibc and libstdc++ are in the base).
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends clang zlib1g-dev \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/ src/
COPY styles/ styles/
RUN dotnet publish src/Publish.Cli -c Release -p:PublishProfile=native -o /opt/publish

FROM debian:trixie-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends libicu76 \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --create-home --uid 1000 publish
COPY --from=build /opt/publish /opt/publish
ENV PATH=/opt/publish:$PATH
# Not a terminal: no progress bar; the summary and diagnostics go to stdout and stderr as in any CI job.
ENV CI=true
USER publish
WORKDIR /work
ENTRYPOINT ["/opt/publish/publish"]
CMD ["--help"]
