# Judge: the canary-judgement service. Build: docker build -t judge .   Run: docker run -p 8090:8090 -v judge-data:/data judge
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props Judge.sln openapi.yaml ./
COPY src/ src/
RUN dotnet publish src/Judge.Api/Judge.Api.csproj -c Release -o /app --no-self-contained

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app ./
# The embedded default storage account ("local") lives in the volume.
RUN mkdir -p /data && chown -R app:app /data
ENV ASPNETCORE_URLS=http://+:8090 \
    Judge__DataPath=/data
VOLUME /data
EXPOSE 8090
USER app
# The runtime image has no curl: bash's /dev/tcp asks /healthz for its status line.
HEALTHCHECK --interval=30s --timeout=5s --start-period=10s --retries=3 \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/8090 && printf 'GET /healthz HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && head -n1 <&3 | grep -q ' 200 '"]
ENTRYPOINT ["dotnet", "Judge.Api.dll"]
