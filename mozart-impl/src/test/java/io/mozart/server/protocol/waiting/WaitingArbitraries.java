package io.mozart.server.protocol.waiting;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** A jqwik {@link Arbitrary} for every record of the waiting area (spec 03), within wire ranges. */
public final class WaitingArbitraries {

    private WaitingArbitraries() {}

    /** @return u8 values */
    public static Arbitrary<Integer> u8() {
        return Arbitraries.integers().between(0, 0xFF);
    }

    /** @return u16 values */
    public static Arbitrary<Integer> u16() {
        return Arbitraries.integers().between(0, 0xFFFF);
    }

    /** @return i32 values */
    public static Arbitrary<Integer> i32() {
        return Arbitraries.integers();
    }

    /**
     * Strings that survive a {@code cstr(max)} round trip: no U+0000, valid UTF-16, at most max−1 UTF-8 bytes.
     *
     * @param max field size including the terminator
     * @return the strings
     */
    public static Arbitrary<String> cstr(int max) {
        return Arbitraries.oneOf(
                        Arbitraries.strings().ascii().ofMaxLength(max - 1),
                        Arbitraries.strings().ofMaxLength(max - 1))
                .filter(s -> s.indexOf('\0') < 0)
                .filter(s -> s.equals(new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)))
                .filter(s -> s.getBytes(StandardCharsets.UTF_8).length <= max - 1);
    }

    /** @return an arbitrary for each record class of the area */
    public static Map<Class<?>, Arbitrary<?>> all() {
        Map<Class<?>, Arbitrary<?>> m = new LinkedHashMap<>();
        m.put(SetRoomTitleRequest.class, cstr(SetRoomTitleRequest.TITLE_MAX).map(SetRoomTitleRequest::new));
        m.put(
                WaitingTitleChangedNotice.class,
                cstr(SetRoomTitleRequest.TITLE_MAX).map(WaitingTitleChangedNotice::new));
        m.put(ExitWaitingRequest.class, u16().map(ExitWaitingRequest::new));
        m.put(ExitWaitingResponse.class, Arbitraries.of(true, false).map(ExitWaitingResponse::new));
        m.put(
                UserLeaveWaitingNotice.class,
                Combinators.combine(u8(), u8(), Arbitraries.of(true, false)).as(UserLeaveWaitingNotice::new));
        m.put(UpdateSlotRequest.class, u8().map(UpdateSlotRequest::new));
        m.put(RoomSlotUpdateNotice.class, Combinators.combine(u8(), u8()).as(RoomSlotUpdateNotice::new));
        m.put(KickNotice.class, Arbitraries.just(KickNotice.INSTANCE));
        m.put(RoomForceRemovedNotice.class, Arbitraries.just(RoomForceRemovedNotice.INSTANCE));
        m.put(SetRoomMusicRequest.class, Combinators.combine(u16(), u8(), u8()).as(SetRoomMusicRequest::new));
        m.put(
                WaitingMusicChangedNotice.class,
                Combinators.combine(u16(), u8(), u8()).as(WaitingMusicChangedNotice::new));
        m.put(SetRoomAlbumRequest.class, Combinators.combine(i32(), u8()).as(SetRoomAlbumRequest::new));
        m.put(WaitingAlbumChangedNotice.class, Combinators.combine(i32(), u8()).as(WaitingAlbumChangedNotice::new));
        m.put(SetRoomArenaRequest.class, i32().map(SetRoomArenaRequest::new));
        m.put(RoomArenaChangedNotice.class, i32().map(RoomArenaChangedNotice::new));
        m.put(SetRoomTeamRequest.class, u8().map(SetRoomTeamRequest::new));
        m.put(UserTeamChangedNotice.class, Combinators.combine(u8(), u8()).as(UserTeamChangedNotice::new));
        m.put(SetInstrumentRequest.class, i32().map(SetInstrumentRequest::new));
        m.put(
                UserInstrumentChangedNotice.class,
                Combinators.combine(u8(), i32()).as(UserInstrumentChangedNotice::new));
        m.put(ReadyRequest.class, Arbitraries.just(ReadyRequest.INSTANCE));
        m.put(
                UserReadyStateChangedNotice.class,
                Combinators.combine(u8(), Arbitraries.of(true, false)).as(UserReadyStateChangedNotice::new));
        m.put(SetRoomSkillRequest.class, i32().list().ofMinSize(1).ofMaxSize(3).map(SetRoomSkillRequest::new));
        m.put(
                WaitingSkillChangedNotice.class,
                i32().list().ofMinSize(0).ofMaxSize(3).map(WaitingSkillChangedNotice::new));
        m.put(UpdateMusicStateRequest.class, u8().map(UpdateMusicStateRequest::new));
        m.put(
                MusicStateChangedNotice.class,
                Combinators.combine(u8(), u8(), u8()).as(MusicStateChangedNotice::new));
        m.put(
                AcquireMusicRequest.class,
                u8().list().ofMaxSize(AcquireMusicRequest.MAX_IDS).map(AcquireMusicRequest::new));
        m.put(
                AcquireMusicNotice.class,
                Combinators.combine(u8(), u8())
                        .as(AcquireMusicNotice.Entry::new)
                        .list()
                        .ofMaxSize(AcquireMusicNotice.MAX_ENTRIES)
                        .map(AcquireMusicNotice::new));
        m.put(SyncMemberMusicStateRequest.class, u8().map(SyncMemberMusicStateRequest::new));
        m.put(SyncMemberMusicStateNotice.class, Combinators.combine(u8(), u8()).as(SyncMemberMusicStateNotice::new));
        m.put(SetDownloadProgressRequest.class, Combinators.combine(u8(), u8()).as(SetDownloadProgressRequest::new));
        m.put(
                DownloadProgressChangedNotice.class,
                Combinators.combine(u8(), u8()).as(DownloadProgressChangedNotice::new));
        m.put(SyncMusicDownloadRequest.class, u16().map(SyncMusicDownloadRequest::new));
        return m;
    }
}
