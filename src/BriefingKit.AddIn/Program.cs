// The Office add-in host. For now it answers a health check; the task panes and the
// parse/memo/matrix API arrive with the add-in issue.
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.MapGet("/health", () => Results.Ok(new { status = "ok" }));
app.Run();
