using System.ComponentModel;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace PaperGraph.Neo4j.Tests.Support;

/// <summary>A test of a <see cref="RequiresNeo4jServerAttribute"/> class, reported as skipped when no server is configured.</summary>
public sealed class Neo4jSkippedTestCase : XunitTestCase
{
    [EditorBrowsable(EditorBrowsableState.Never)]
    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes")]
    public Neo4jSkippedTestCase()
    {
    }

    public Neo4jSkippedTestCase(IMessageSink sink, TestMethodDisplay display, TestMethodDisplayOptions options, ITestMethod method)
        : base(sink, display, options, method)
    {
    }

    protected override string GetSkipReason(IAttributeInfo factAttribute) =>
        RequiresNeo4jServerAttribute.ActiveSkipReason ?? base.GetSkipReason(factAttribute);
}
