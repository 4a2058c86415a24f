using Judge.Api.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.UseDefaultListenAddressUnlessConfigured();
builder.AddJudge();

var app = builder.Build();
app.MapJudge();
app.Run();

public partial class Program;
