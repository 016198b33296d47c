package io.mozart.encore.testing;

import net.jqwik.api.lifecycle.AfterContainerHook;
import net.jqwik.api.lifecycle.ContainerLifecycleContext;
import net.jqwik.api.lifecycle.PropagationMode;

/**
 * Registered globally for jqwik (service loader): fails a property container after which Netty reported a
 * buffer leak.
 */
public final class LeakCheckHook implements AfterContainerHook {

    @Override
    public PropagationMode propagateTo() {
        return PropagationMode.ALL_DESCENDANTS;
    }

    @Override
    public void afterContainer(ContainerLifecycleContext context) {
        LeakGuard.check(context.label());
    }
}
