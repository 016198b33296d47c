package io.mozart.server.protocol.lobby;

import io.mozart.encore.codec.Codec;

import static io.mozart.encore.codec.Codecs.unit;

/**
 * GetCharacterInfo, C→S request 0x07D0 (spec 02 §4). No body. Answered by an optional
 * GiftMessageList 0x139A, then CharacterInfo 0x07D1, then MusicPremiumTimeList 0x07EA.
 */
public record GetCharacterInfoRequest() {
    public static final GetCharacterInfoRequest INSTANCE = new GetCharacterInfoRequest();
    public static final Codec<GetCharacterInfoRequest> CODEC = unit(INSTANCE);
}
