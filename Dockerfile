# Mozart in a container (issue 13; docs/operations.md "Container image"). Not built on the development machine
# (no Docker engine there): DeploymentFilesTest checks every key and the health-check path against the launcher.
#   docker build -t mozart .
#   docker run -p 15010:15010 -p 15000:15000 -e Server__PublicAddress=<address players connect to> mozart

# ---- build: the launcher's app image (jlink'ed runtime + mozart.jar + bin/mozart), see -P app-image
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN mvn -B -q package -DskipTests -P app-image -pl launcher -am

# ---- run: no JDK, only the app image
FROM debian:bookworm-slim
RUN groupadd --system mozart && useradd --system --gid mozart --home-dir /data --shell /usr/sbin/nologin mozart \
    && mkdir -p /data/metadata /data/logs && chown -R mozart:mozart /data
COPY --from=build /src/launcher/target/app-image /opt/mozart
USER mozart
WORKDIR /data
# /data: the SQLite database O2JAM.db; /data/metadata: OJNList.dat, AlbumList.ojs, Itemdata.dat (Metadata:*);
# /data/logs: the rolling log file (Logging:File).
VOLUME ["/data", "/data/metadata", "/data/logs"]
ENV Metadata__MusicList=metadata/OJNList.dat \
    Metadata__AlbumList=metadata/AlbumList.ojs \
    Metadata__ItemData=metadata/Itemdata.dat \
    Logging__File=logs/mozart.log
# Game port and HTTP API. Set Server__PublicAddress to the address players reach (launch tokens carry it).
EXPOSE 15010 15000
# The slim image has no curl: bash's /dev/tcp asks the HTTP API's /healthz for its "200".
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/15000 && printf 'GET /healthz HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -q ' 200 '"]
CMD ["/opt/mozart/bin/mozart", "--Server:Address=0.0.0.0", "--Server:Port=15010", \
     "--Http:Enabled=true", "--Http:Address=0.0.0.0", "--Http:Port=15000"]
