package io.mozart.server.game;

/**
 * What a CreateRoom asks for (spec 02 §3.2), plus what the server chose for it.
 *
 * @param title    the title
 * @param password the password, empty for none
 * @param mode     the game mode (not validated, spec 02 O14)
 * @param minLevel minimum level limit (echoed, never enforced)
 * @param maxLevel maximum level limit (echoed, never enforced)
 * @param premium  premium flag
 * @param type     decoration type
 * @param musicId  initial music id
 * @param arena    initial arena word (spec 03 §2.8)
 */
public record RoomSettings(
        String title,
        String password,
        int mode,
        int minLevel,
        int maxLevel,
        boolean premium,
        int type,
        int musicId,
        int arena) {

    /** A null password is no password. */
    public RoomSettings {
        password = password == null ? "" : password;
    }
}
