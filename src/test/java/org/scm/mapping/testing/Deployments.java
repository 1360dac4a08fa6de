package org.scm.mapping.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.scm.mapping.testing.probe.AuditProbe;
import org.scm.mapping.testing.probe.AuditProbeResource;

/** What integration tests deploy: the WAR the build produced, plus a small audited test entity. */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive app() {
        WebArchive war = ShrinkWrap.createFromZipFile(WebArchive.class, new File("target/scm-mapping.war"));
        return war.addClasses(AuditProbe.class, AuditProbeResource.class)
                .addAsResource("probe/V1000__audit_probe.sql", "db/migration/V1000__audit_probe.sql");
    }
}
