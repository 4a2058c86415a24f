# Judge: the canary-judgement service. Build: docker build -t judge .
# It listens beyond loopback (http://+:8090), so it refuses to start until it is told who may call it (README, Security):
#   docker run -p 8090:8090 -v judge-data:/data \
#     -e Judge__Auth__ApiKeys__ci__Sha256=<hex SHA-256 of the key> -e Judge__Auth__ApiKeys__ci__Role=write judge
# In Kubernetes the hash comes from a Secret (env valueFrom.secretKeyRef); header-less clients (Argo's Kayenta
# provider, orca) get Judge__Auth__Anonymous__Role / Judge__Auth__Anonymous__Applications__0. Keys never go in the image.
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
