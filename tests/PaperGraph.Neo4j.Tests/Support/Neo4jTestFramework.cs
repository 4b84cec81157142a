using System.Reflection;
using Xunit.Abstractions;
using Xunit.Sdk;

[assembly: TestFramework("PaperGraph.Neo4j.Tests.Support.Neo4jTestFramework", "PaperGraph.Neo4j.Tests")]

namespace PaperGraph.Neo4j.Tests.Support;

/// <summary>
/// xunit's own framework, except that tests of classes marked <see cref="RequiresNeo4jServerAttribute"/>
/// are discovered as skipped (with the reason) when NEO4J_URI is not set. xunit 2 has no run-time skip,
/// and the conformance suite's inherited [Fact]s cannot take a custom attribute, so discovery does it.
/// </summary>
public sealed class Neo4jTestFramework(IMessageSink messageSink) : XunitTestFramework(messageSink)
{
    protected override ITestFrameworkDiscoverer CreateDiscoverer(IAssemblyInfo assemblyInfo) =>
        new Discoverer(assemblyInfo, SourceInformationProvider, DiagnosticMessageSink);

    private sealed class Discoverer(IAssemblyInfo assembly, ISourceInformationProvider source, IMessageSink sink)
        : XunitTestFrameworkDiscoverer(assembly, source, sink)
    {
        private static readonly string Marker = typeof(RequiresNeo4jServerAttribute).AssemblyQualifiedName!;
        private static readonly string Fact = typeof(FactAttribute).AssemblyQualifiedName!;

        protected override bool FindTestsForMethod(ITestMethod testMethod, bool includeSourceInformation, IMessageBus messageBus, ITestFrameworkDiscoveryOptions discoveryOptions)
        {
            if (RequiresNeo4jServerAttribute.ActiveSkipReason is not null
                && testMethod.TestClass.Class.GetCustomAttributes(Marker).Any()
                && testMethod.Method.GetCustomAttributes(Fact).Any())
            {
                var skipped = new Neo4jSkippedTestCase(
                    DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod);
                return ReportDiscoveredTestCase(skipped, includeSourceInformation, messageBus);
            }

            return base.FindTestsForMethod(testMethod, includeSourceInformation, messageBus, discoveryOptions);
        }
    }
}
