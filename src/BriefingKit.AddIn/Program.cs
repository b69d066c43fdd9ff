// The Office add-in host: serves the Word and Excel task panes (wwwroot) and the API they call.
//   dotnet run --project src/BriefingKit.AddIn
using BriefingKit.AddIn.Hosting;
using Microsoft.AspNetCore.Builder;

var builder = WebApplication.CreateBuilder(args);
builder.AddBriefingKitAddIn();
var app = builder.Build();
app.UseBriefingKitAddIn();
app.Run();

/// <summary>The host's entry point (public so tests can start it with WebApplicationFactory).</summary>
public partial class Program;
