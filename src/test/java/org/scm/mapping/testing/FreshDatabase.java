package org.scm.mapping.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.scm.mapping.stack.StackSession;

/**
 * Empties the database before a test class deploys the app, so that each integration-test class
 * starts from the migrated 2014 edition whatever the classes before it changed. Register it before
 * {@code ArquillianExtension}: extensions run in the order they are declared.
 */
public class FreshDatabase implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) throws SQLException {
        try (Connection db = StackSession.current().database().connect(); Statement sql = db.createStatement()) {
            sql.execute("drop schema public cascade");
            sql.execute("create schema public");
        }
    }
}
