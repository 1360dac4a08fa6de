package org.scm.mapping.stack;

import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * When the run includes ClusterIT, its two instances start as soon as the tests do, so that their start
 * (a minute and more on a small machine) overlaps the classes that run before it instead of adding to
 * the run. ClusterIT runs late ({@code @Order}) and stops them when it ends.
 */
public class ClusterEarlyStart implements TestExecutionListener {

    private static final String CLUSTER_TEST = "org.scm.mapping.cluster.ClusterIT";

    @Override
    public void testPlanExecutionStarted(TestPlan plan) {
        if (StackSession.isStarted() && includes(plan, plan.getRoots().stream())) {
            StackSession.cluster();
        }
    }

    private static boolean includes(TestPlan plan, java.util.stream.Stream<TestIdentifier> identifiers) {
        return identifiers.anyMatch(identifier -> identifier
                        .getSource()
                        .filter(source -> source instanceof ClassSource classSource
                                && classSource.getClassName().equals(CLUSTER_TEST))
                        .isPresent()
                || includes(plan, plan.getChildren(identifier).stream()));
    }
}
