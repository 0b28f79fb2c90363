# NewsGraph in a container: build with Maven, run on a slim JRE as a non-root user.
#   docker build -t newsgraph .
#   docker run --rm -p 127.0.0.1:3030:3030 -v newsgraph-store:/data newsgraph
# The container listens on all its interfaces so that the port can be published; publish it on
# 127.0.0.1 (as above) to keep the endpoint on this machine.

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
# The image runs the core only: the Spark module's pom is here for the reactor, its code is not built.
COPY pom.xml .
COPY newsgraph-core/pom.xml newsgraph-core/
COPY newsgraph-spark/pom.xml newsgraph-spark/
RUN mvn -B -q -pl newsgraph-core dependency:go-offline
COPY ontology ontology
COPY queries queries
COPY newsgraph-core/src newsgraph-core/src
RUN mvn -B -q -pl newsgraph-core -DskipTests package \
 && mkdir -p newsgraph-core/target/models \
 && cp $(tr ':' ' ' < newsgraph-core/target/models.classpath) newsgraph-core/target/models/

FROM eclipse-temurin:17-jre
RUN useradd --system --create-home --home-dir /home/newsgraph newsgraph \
 && mkdir -p /data && chown newsgraph /data
WORKDIR /opt/newsgraph
COPY --from=build /src/newsgraph-core/target/newsgraph.jar target/newsgraph.jar
COPY --from=build /src/newsgraph-core/target/lib target/lib
COPY --from=build /src/newsgraph-core/target/models target/models
COPY corpus corpus
USER newsgraph
VOLUME /data
EXPOSE 3030
ENTRYPOINT ["java", "-Xmx4g", "-Dnewsgraph.home=/opt/newsgraph", "-cp", "target/newsgraph.jar:target/models/*", "org.newsgraph.cli.NewsGraph"]
CMD ["up", "--store", "/data/store", "--host", "0.0.0.0"]
