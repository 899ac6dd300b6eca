# The c360 image of docker-compose.yml. Build the jar first: mvn -B -q clean package -DskipTests
FROM eclipse-temurin:17-jre
WORKDIR /opt/c360
COPY target/c360.jar /opt/c360/c360.jar
COPY config/ /opt/c360/config/
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=50", "-jar", "/opt/c360/c360.jar"]
CMD ["run", "--config", "/opt/c360/config/compose.properties"]
