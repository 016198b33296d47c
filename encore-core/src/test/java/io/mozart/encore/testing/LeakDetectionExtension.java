package io.mozart.encore.testing;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Registered for every JUnit Jupiter test (service loader + autodetection): fails a test after which Netty
 * reported a buffer leak.
 */
public final class LeakDetectionExtension implements BeforeAllCallback, AfterEachCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        LeakGuard.install();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        LeakGuard.check(
                context.getDisplayName() + " (" + context.getRequiredTestClass().getSimpleName() + ")");
    }
}
