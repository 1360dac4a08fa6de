package org.scm.mapping.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while Keycloak publishes the realm's discovery document (sign-in depends on it). */
@Readiness
@ApplicationScoped
public class KeycloakReadiness implements HealthCheck {

    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    @Inject
    @ConfigProperty(name = "scm.keycloak.url")
    String keycloakUrl;

    @Inject
    @ConfigProperty(name = "scm.keycloak.realm")
    String realm;

    @Override
    public HealthCheckResponse call() {
        URI discovery = URI.create(keycloakUrl + "/realms/" + realm + "/.well-known/openid-configuration");
        try {
            HttpResponse<Void> response = client.send(
                    HttpRequest.newBuilder(discovery).timeout(TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            return HealthCheckResponse.named("keycloak")
                    .status(response.statusCode() == 200)
                    .withData("discovery", discovery.toString())
                    .withData("status", response.statusCode())
                    .build();
        } catch (IOException unreachable) {
            return HealthCheckResponse.named("keycloak")
                    .down()
                    .withData("discovery", discovery.toString())
                    .withData("error", String.valueOf(unreachable.getMessage()))
                    .build();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return HealthCheckResponse.named("keycloak").down().build();
        }
    }
}
