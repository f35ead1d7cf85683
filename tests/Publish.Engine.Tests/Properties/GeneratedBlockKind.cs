namespace Publish.Engine.Tests.Properties;

internal enum GeneratedBlockKind
{
    Paragraph,
    Heading,
    BulletList,
    OrderedList,
    Quote,
}
