package io.mozart.server.protocol.planet;

/** Gender as the protocol knows it (spec 01 §4, 02 §2): {@code u8} 0 Female, 1 Male, 2 Any. */
public enum Gender {
    FEMALE(0),
    MALE(1),
    /** 2: unknown or unspecified. */
    ANY(2);

    private final int wire;

    Gender(int wire) {
        this.wire = wire;
    }

    /** @return the {@code u8} wire value */
    public int wire() {
        return wire;
    }

    /** @return the matching gender; any undefined value maps to {@link #ANY} (never fails) */
    public static Gender fromWire(int wire) {
        return switch (wire) {
            case 0 -> FEMALE;
            case 1 -> MALE;
            default -> ANY;
        };
    }
}
