package io.mozart.api.storage;

/**
 * What a gift message announces; stored as the digit character {@code '0' + value} in
 * {@code t_o2jam_message.TypeFlag}.
 */
public enum GiftType {
    /** An item gift, {@code '0'}. */
    ITEM,
    /** A music gift, {@code '1'}. */
    MUSIC;

    /**
     * @return the stored flag character
     */
    public char flag() {
        return (char) ('0' + ordinal());
    }

    /**
     * @param flag a stored flag character
     * @return the type ({@code '1'} is music, anything else item)
     */
    public static GiftType ofFlag(char flag) {
        return flag == '1' ? MUSIC : ITEM;
    }
}
