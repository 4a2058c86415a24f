# Judge: the canary-judgement service. Build: docker build -t judge .
# It listens on every interface (ASPNETCORE_URLS=http://0.0.0.0:8090), beyond loopback, so it refuses to start until
# it is told who may call it (README, Security):
#   docker run -p 8090:8090 -v judge-data:/data \
#     -e Judge__Auth__ApiKeys__ci__Sha256=<hex SHA-256 of the key> -e Judge__Auth__ApiKeys__ci__Role=write judge
# In Kubernetes the hash comes from a Secret (deploy/kubernetes); header-less clients (Argo's Kayenta provider, orca)
# get Judge__Auth__Anonymous__Role / Judge__Auth__Anonymous__Applications__0. Keys never go in the image.
# ASPNETCORE_URLS or --urls (after the image name) choose another address.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# The restore layer: only the files that name packages, so a source change does not download them again.
COPY global.json Directory.Build.props Directory.Packages.props ./
COPY src/Judge.Stats/Judge.Stats.csproj src/Judge.Stats/
COPY src/Judge.MetricSources/Judge.MetricSources.csproj src/Judge.MetricSources/
COPY src/Judge.Api/Judge.Api.csproj src/Judge.Api/
RUN dotnet restore src/Judge.Api/Judge.Api.csproj
COPY openapi.yaml ./
COPY src/ src/
RUN dotnet publish src/Judge.Api/Judge.Api.csproj -c Release -o /app --no-restore --no-self-contained

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app ./
# 1654 is the base image's non-root "app" user; by number, so Kubernetes' runAsNonRoot can check it.
# The embedded default storage account ("local") lives in the volume.
RUN mkdir -p /data && chown 1654:1654 /data
# The base image's ASPNETCORE_HTTP_PORTS=8080 is cleared: ASPNETCORE_URLS alone says where Judge listens.
ENV ASPNETCORE_URLS=http://0.0.0.0:8090 \
    ASPNETCORE_HTTP_PORTS= \
    Judge__DataPath=/data
VOLUME /data
EXPOSE 8090
USER 1654:1654
# The runtime image has no curl: bash's /dev/tcp asks /healthz for its status line, on ASPNETCORE_URLS's port at the
# container's own address (its hostname resolves to it), the address -p publishes: a service listening on loopback
# only is unhealthy, not healthy.
HEALTHCHECK --interval=30s --timeout=5s --start-period=10s --retries=3 \
  CMD ["bash", "-c", "url=${ASPNETCORE_URLS%%;*}; port=${url##*:}; port=${port%%/*}; exec 3<>/dev/tcp/$HOSTNAME/$port && printf 'GET /healthz HTTP/1.0\\r\\nHost: judge\\r\\n\\r\\n' >&3 && head -n1 <&3 | grep -q ' 200 '"]
ENTRYPOINT ["dotnet", "Judge.Api.dll"]
