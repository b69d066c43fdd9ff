using Microsoft.Extensions.DependencyInjection;

namespace BriefingKit.Excel.Tests.DependencyInjection;

public sealed class ExcelServiceCollectionExtensionsTests
{
    [Fact]
    public void AddBriefingKitExcel_Twice_RegistersOneMatrixWriter()
    {
        var services = new ServiceCollection().AddBriefingKitExcel().AddBriefingKitExcel();

        using var provider = services.BuildServiceProvider();
        Assert.IsType<IssueMatrixWriter>(provider.GetRequiredService<IMatrixWriter>());
        Assert.Single(services, d => d.ServiceType == typeof(IMatrixWriter));
    }
}
