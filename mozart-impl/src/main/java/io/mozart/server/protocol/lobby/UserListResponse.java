package io.mozart.server.protocol.lobby;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs;
import io.mozart.encore.codec.Field;
import io.mozart.encore.codec.StructCodec;

import java.util.List;

/**
 * UserList, S→C response 0x07DB (spec 02 §5.3): every session of the requester's channel, in
 * channel-entry order, requester included.
 *
 * @param users the entries ({@code i32} count)
 */
public record UserListResponse(List<UserEntry> users) {

    /** Wire codec. */
    public static final Codec<UserListResponse> CODEC = StructCodec.of(
            Field.of("users", Codecs.listI32(UserEntry.CODEC), UserListResponse::users),
            UserListResponse::new);

    /**
     * Copies the list.
     */
    public UserListResponse {
        users = List.copyOf(users);
    }

    /**
     * One user.
     *
     * @param userIndexId account / user id
     * @param username    the reference puts the <b>nickname</b> here, not the login name
     * @param nickname    nickname
     * @param level       level
     */
    public record UserEntry(int userIndexId, String username, String nickname, int level) {

        /** Wire codec. */
        public static final Codec<UserEntry> CODEC = StructCodec.of(
                Field.of("userIndexId", Codecs.I32, UserEntry::userIndexId),
                Field.of("username", Codecs.cstr(), UserEntry::username),
                Field.of("nickname", Codecs.cstr(), UserEntry::nickname),
                Field.of("level", Codecs.I32, UserEntry::level),
                UserEntry::new);

        /**
         * Validates.
         */
        public UserEntry {
            Check.notNull("username", username);
            Check.notNull("nickname", nickname);
        }
    }
}
