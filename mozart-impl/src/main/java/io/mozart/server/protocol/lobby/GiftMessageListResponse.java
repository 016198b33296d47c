package io.mozart.server.protocol.lobby;

import static io.mozart.encore.codec.Codecs.BOOL32;
import static io.mozart.encore.codec.Codecs.I32;
import static io.mozart.encore.codec.Codecs.U8;
import static io.mozart.encore.codec.Codecs.cstr;
import static io.mozart.encore.codec.Codecs.listI16;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

import io.mozart.encore.codec.Codec;
import io.mozart.server.protocol.ServerMessage;
import java.util.List;
import java.util.Objects;

/** GiftMessageList, S→C response 0x139A (spec 02 §5.9, 05 §7): the <b>unread</b> gift messages. */
public record GiftMessageListResponse(boolean invalid, List<GiftEntry> messages) implements ServerMessage {
    public static final Codec<GiftMessageListResponse> CODEC = of(
            of("invalid", BOOL32, GiftMessageListResponse::invalid),
            of("messages", listI16(GiftEntry.CODEC), GiftMessageListResponse::messages),
            GiftMessageListResponse::new);

    public GiftMessageListResponse {
        messages = List.copyOf(messages);
    }

    public record GiftEntry(
            int messageId, int giftType, String writeDate, String sender, String title, String content) {
        public static final Codec<GiftEntry> CODEC = of(
                of("messageId", I32, GiftEntry::messageId),
                of("giftType", U8, GiftEntry::giftType),
                of("writeDate", cstr(), GiftEntry::writeDate),
                of("sender", cstr(), GiftEntry::sender),
                of("title", cstr(), GiftEntry::title),
                of("content", cstr(), GiftEntry::content),
                GiftEntry::new);

        public GiftEntry {
            Objects.requireNonNull(writeDate, "writeDate");
            Objects.requireNonNull(sender, "sender");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(content, "content");
        }
    }
}
