package io.mozart.server.protocol;

import java.util.OptionalInt;

/**
 * The test kit's {@link io.mozart.testkit.RecordCodecProperties} (round trip with the spec size, arbitrary
 * bytes, damaged frames), run once per protocol area by a small subclass that supplies the area's registry,
 * its arbitraries and the body sizes its spec chapter fixes. Every area must say which sizes its chapter
 * fixes, so the size method is abstract here.
 */
public abstract class RecordCodecProperties extends io.mozart.testkit.RecordCodecProperties {

    @Override
    protected abstract OptionalInt expectedBodySize(Object record);
}
