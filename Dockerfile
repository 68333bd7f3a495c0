# One image per module of the platform:  docker build --build-arg MODULE=plan-service .
# docker-compose.yml builds the four services, the console and the gateway from here.
FROM eclipse-temurin:21-jdk AS build
ARG MODULE
WORKDIR /src
COPY . .
RUN --mount=type=cache,target=/root/.m2 \
    test -n "$MODULE" \
    && ./mvnw -B -pl "$MODULE" -am -DskipTests package \
    && cp "$MODULE/target/$MODULE-"*.jar /app.jar

FROM eclipse-temurin:21-jre
RUN groupadd --system app && useradd --system --gid app app
COPY --from=build /app.jar /app/app.jar
USER app
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/app.jar"]
