namespace Publish.Styles.Yaml;

internal sealed record MappingEntry(ScalarNode Key, StyleNode Value);
