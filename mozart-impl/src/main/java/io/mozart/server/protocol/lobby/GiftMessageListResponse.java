package io.mozart.server.protocol.lobby;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs;
import io.mozart.encore.codec.Field;
import io.mozart.encore.codec.StructCodec;

import java.util.List;

/**
 * GiftMessageList, S→C response 0x139A (spec 02 §5.9, 05 §7): the <b>unread</b> gift messages. Also
 * pushed before CharacterInfo when unread messages exist.
 *
 * @param invalid  {@code bool32}, always false
 * @param messages the unread messages ({@code i16} count)
 */
public record GiftMessageListResponse(boolean invalid, List<GiftEntry> messages) {

    /** Wire codec. */
    public static final Codec<GiftMessageListResponse> CODEC = StructCodec.of(
            Field.of("invalid", Codecs.BOOL32, GiftMessageListResponse::invalid),
            Field.of("messages", Codecs.listI16(GiftEntry.CODEC), GiftMessageListResponse::messages),
            GiftMessageListResponse::new);

    /**
     * Copies the list.
     */
    public GiftMessageListResponse {
        messages = List.copyOf(messages);
    }

    /**
     * One gift message.
     *
     * @param messageId message row id
     * @param giftType  GiftType {@code u8}: 0 Item, 1 Music
     * @param writeDate short date text of the write time (format chosen by the handler, see the report)
     * @param sender    sender nickname
     * @param title     title
     * @param content   content
     */
    public record GiftEntry(int messageId, int giftType, String writeDate, String sender, String title,
                            String content) {

        /** Wire codec. */
        public static final Codec<GiftEntry> CODEC = StructCodec.of(
                Field.of("messageId", Codecs.I32, GiftEntry::messageId),
                Field.of("giftType", Codecs.U8, GiftEntry::giftType),
                Field.of("writeDate", Codecs.cstr(), GiftEntry::writeDate),
                Field.of("sender", Codecs.cstr(), GiftEntry::sender),
                Field.of("title", Codecs.cstr(), GiftEntry::title),
                Field.of("content", Codecs.cstr(), GiftEntry::content),
                GiftEntry::new);

        /**
         * Validates.
         */
        public GiftEntry {
            Check.u8("giftType", giftType);
            Check.notNull("writeDate", writeDate);
            Check.notNull("sender", sender);
            Check.notNull("title", title);
            Check.notNull("content", content);
        }
    }
}
