package io.mozart.server.protocol.lobby;

import static io.mozart.encore.codec.Codecs.I32;
import static io.mozart.encore.codec.Codecs.cstr;
import static io.mozart.encore.codec.Codecs.listI32;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

import io.mozart.encore.codec.Codec;
import io.mozart.server.protocol.ServerMessage;
import java.util.List;
import java.util.Objects;

/** UserList, S→C response 0x07DB (spec 02 §5.3): every session of the requester's channel, in channel-entry order. */
public record UserListResponse(List<UserEntry> users) implements ServerMessage {
    public static final Codec<UserListResponse> CODEC =
            of(of("users", listI32(UserEntry.CODEC), UserListResponse::users), UserListResponse::new);

    public UserListResponse {
        users = List.copyOf(users);
    }

    /** One user; {@code username} carries the nickname (reference oddity). */
    public record UserEntry(int userIndexId, String username, String nickname, int level) {
        public static final Codec<UserEntry> CODEC = of(
                of("userIndexId", I32, UserEntry::userIndexId),
                of("username", cstr(), UserEntry::username),
                of("nickname", cstr(), UserEntry::nickname),
                of("level", I32, UserEntry::level),
                UserEntry::new);

        public UserEntry {
            Objects.requireNonNull(username, "username");
            Objects.requireNonNull(nickname, "nickname");
        }
    }
}
