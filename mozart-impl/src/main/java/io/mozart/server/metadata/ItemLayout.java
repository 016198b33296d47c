package io.mozart.server.metadata;

/**
 * The four historical Itemdata.dat record layouts (spec 06 §3.4). The server always uses {@link #NX}.
 */
public enum ItemLayout {
    /** v3.10: one-byte quantity, 42 render frames with presence bytes. */
    ORIGINAL(75, 42),
    /** v2.93: one-byte quantity, an int32 frame flag, then 32 frames without presence bytes. */
    BETA(37, 32),
    /** v6.65, the layout the server reads: two-byte quantity, 42 frames with presence bytes. */
    NX(76, 42),
    /** O2KR: NX plus two int32 "special gender" values after the part byte. */
    CLASSIC(84, 42);

    private final int detectionOffset;
    private final int frameCount;

    ItemLayout(int detectionOffset, int frameCount) {
        this.detectionOffset = detectionOffset;
        this.frameCount = frameCount;
    }

    /** @return the file offset of the first non-zero byte (from 12 on) that identifies this layout */
    public int detectionOffset() {
        return detectionOffset;
    }

    /** @return the number of render-frame entries a record has (Beta: when its frame flag is set) */
    public int frameCount() {
        return frameCount;
    }

    boolean oneByteQuantity() {
        return this == ORIGINAL || this == BETA;
    }
}
