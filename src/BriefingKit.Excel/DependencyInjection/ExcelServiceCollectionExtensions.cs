// DI registration for BriefingKit.Excel; MatrixWriters.Default works without DI too.
using System;
using BriefingKit.Excel;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the Excel issue-matrix writer.</summary>
public static class ExcelServiceCollectionExtensions
{
    /// <summary>Registers <see cref="IMatrixWriter"/> as a singleton (the built-in issue-matrix writer). Safe to call more than once.</summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddBriefingKitExcel(this IServiceCollection services)
    {
        if (services is null) throw new ArgumentNullException(nameof(services));
        services.TryAddSingleton<IMatrixWriter, IssueMatrixWriter>();
        return services;
    }
}
