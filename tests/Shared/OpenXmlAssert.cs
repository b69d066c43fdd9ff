// Every document a test writes must pass the Open XML SDK validator with zero errors.
using System.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Xunit;

namespace BriefingKit.Tests.Shared;

internal static class OpenXmlAssert
{
    public static void Valid(OpenXmlPackage package)
    {
        var errors = new OpenXmlValidator().Validate(package).Take(20)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, "Open XML validation errors:\n" + string.Join("\n", errors));
    }
}
