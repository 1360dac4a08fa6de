package org.scm.mapping.security;

import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.keycloak.adapters.KeycloakConfigResolver;
import org.keycloak.adapters.KeycloakDeployment;
import org.keycloak.adapters.KeycloakDeploymentBuilder;
import org.keycloak.adapters.OIDCHttpFacade;
import org.keycloak.representations.adapters.config.AdapterConfig;

/**
 * Builds the Keycloak adapter configuration from MicroProfile Config (the server's variables), so the
 * Keycloak address, realm and client secret are set per environment and never in the WAR.
 * Named by the {@code keycloak.config.resolver} init parameter in web.xml.
 */
public class KeycloakSettings implements KeycloakConfigResolver {

    private static volatile KeycloakDeployment deployment;

    @Override
    public KeycloakDeployment resolve(OIDCHttpFacade.Request request) {
        return deployment();
    }

    /** The one deployment of this application, built on first use. */
    static KeycloakDeployment deployment() {
        KeycloakDeployment built = deployment;
        if (built == null) {
            synchronized (KeycloakSettings.class) {
                if (deployment == null) {
                    deployment = KeycloakDeploymentBuilder.build(adapterConfig(ConfigProvider.getConfig()));
                }
                built = deployment;
            }
        }
        return built;
    }

    static AdapterConfig adapterConfig(Config config) {
        AdapterConfig adapter = new AdapterConfig();
        adapter.setAuthServerUrl(config.getValue("scm.keycloak.url", String.class));
        adapter.setRealm(config.getValue("scm.keycloak.realm", String.class));
        adapter.setResource(config.getValue("scm.oidc.client-id", String.class));
        adapter.setCredentials(Map.of("secret", config.getValue("scm.oidc.client-secret", String.class)));
        adapter.setSslRequired("external");
        adapter.setPrincipalAttribute("preferred_username");
        // one filter for pages (login redirect) and for API calls (bearer token or browser session)
        adapter.setAutodetectBearerOnly(true);
        // a token in a URL ends up in logs, histories and Referer headers: only the Authorization header counts
        adapter.setIgnoreOAuthQueryParameter(true);
        adapter.setUseResourceRoleMappings(false);
        adapter.setConfidentialPort(0);
        return adapter;
    }
}
