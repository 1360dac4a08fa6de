package org.scm.mapping.testing.probe;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

/** A tiny audited entity that exists only in test deployments, to watch Envers write revisions. */
@Entity
@Table(name = "audit_probe")
@Audited
public class AuditProbe {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String label;

    @Version
    private long version;

    protected AuditProbe() {}

    public AuditProbe(String label) {
        this.label = label;
    }

    public Long getId() {
        return id;
    }

    public String getLabel() {
        return label;
    }
}
