package io.mozart.server.protocol.lobby;

import static io.mozart.encore.codec.Codecs.BOOL32;
import static io.mozart.encore.codec.Codecs.BOOL8;
import static io.mozart.encore.codec.Codecs.I16;
import static io.mozart.encore.codec.Codecs.I32;
import static io.mozart.encore.codec.Codecs.U8;
import static io.mozart.encore.codec.Codecs.cstr;
import static io.mozart.encore.codec.Codecs.listI16;
import static io.mozart.encore.codec.Codecs.listI32;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

import io.mozart.encore.codec.Codec;
import io.mozart.server.protocol.ServerMessage;
import io.mozart.server.protocol.common.AttributiveItemEntry;
import io.mozart.server.protocol.common.EquipBlock;
import io.mozart.server.protocol.common.GiftItemEntry;
import io.mozart.server.protocol.common.GiftMusicEntry;
import java.util.List;
import java.util.Objects;

/** CharacterInfo, S→C response 0x07D1 (spec 02 §4). */
public record CharacterInfoResponse(
        boolean invalid,
        String nickname,
        int gender,
        int gem,
        int point,
        int o2Cash,
        int level,
        int win,
        int lose,
        int draw,
        int experience,
        int battles,
        boolean isAdministrator,
        EquipBlock equipment,
        List<Integer> inventory,
        int unreadGiftMessages,
        List<GiftItemEntry> itemGiftBox,
        List<GiftMusicEntry> musicGiftBox,
        int musicCash,
        int itemCash,
        int cashPoint,
        List<AttributiveItemEntry> attributiveItems,
        short penaltyCount,
        short penaltyLevel)
        implements ServerMessage {
    public static final Codec<CharacterInfoResponse> CODEC = of(
            of("invalid", BOOL32, CharacterInfoResponse::invalid),
            of("nickname", cstr(), CharacterInfoResponse::nickname),
            of("gender", U8, CharacterInfoResponse::gender),
            of("gem", I32, CharacterInfoResponse::gem),
            of("point", I32, CharacterInfoResponse::point),
            of("o2Cash", I32, CharacterInfoResponse::o2Cash),
            of("level", I32, CharacterInfoResponse::level),
            of("win", I32, CharacterInfoResponse::win),
            of("lose", I32, CharacterInfoResponse::lose),
            of("draw", I32, CharacterInfoResponse::draw),
            of("experience", I32, CharacterInfoResponse::experience),
            of("battles", I32, CharacterInfoResponse::battles),
            of("isAdministrator", BOOL8, CharacterInfoResponse::isAdministrator),
            of("equipment", EquipBlock.CODEC, CharacterInfoResponse::equipment),
            of("inventory", listI32(I32), CharacterInfoResponse::inventory),
            of("unreadGiftMessages", I32, CharacterInfoResponse::unreadGiftMessages),
            of("itemGiftBox", listI16(GiftItemEntry.CODEC), CharacterInfoResponse::itemGiftBox),
            of("musicGiftBox", listI16(GiftMusicEntry.CODEC), CharacterInfoResponse::musicGiftBox),
            of("musicCash", I32, CharacterInfoResponse::musicCash),
            of("itemCash", I32, CharacterInfoResponse::itemCash),
            of("cashPoint", I32, CharacterInfoResponse::cashPoint),
            of("attributiveItems", listI32(AttributiveItemEntry.CODEC), CharacterInfoResponse::attributiveItems),
            of("penaltyCount", I16, CharacterInfoResponse::penaltyCount),
            of("penaltyLevel", I16, CharacterInfoResponse::penaltyLevel),
            CharacterInfoResponse::new);

    public CharacterInfoResponse {
        Objects.requireNonNull(nickname, "nickname");
        Objects.requireNonNull(equipment, "equipment");
        inventory = List.copyOf(inventory);
        itemGiftBox = List.copyOf(itemGiftBox);
        musicGiftBox = List.copyOf(musicGiftBox);
        attributiveItems = List.copyOf(attributiveItems);
    }
}
