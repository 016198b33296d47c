package io.mozart.server.charge;

import io.mozart.api.storage.UserProfile;
import io.mozart.api.storage.Wallet;
import io.mozart.encore.route.Routes;
import io.mozart.encore.session.Session;
import io.mozart.server.game.GameContext;
import io.mozart.server.game.Guards;
import io.mozart.server.game.Identity;
import io.mozart.server.game.Player;
import io.mozart.server.protocol.charge.CheckGiftFreePassRequest;
import io.mozart.server.protocol.charge.CheckGiftFreePassResponse;
import io.mozart.server.protocol.charge.SyncCashPointRequest;
import io.mozart.server.protocol.charge.SyncCashPointResponse;
import io.mozart.server.protocol.charge.SyncFreePassRequest;
import io.mozart.server.protocol.charge.SyncFreePassResponse;
import io.mozart.server.protocol.charge.SyncPointRequest;
import io.mozart.server.protocol.charge.SyncPointResponse;
import io.mozart.server.protocol.charge.UserFreePassInfo;
import io.mozart.server.protocol.planet.DurationText;
import io.mozart.server.shop.rules.FreePass;
import io.mozart.server.shop.rules.FreePassRules;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Charge (spec 05 §5): the point, cash-point and free-pass syncs that re-read what the external web shop
 * wrote, and the recipient check before a free-pass gift. Nothing here writes; every request needs a channel
 * (05 §0.4).
 */
public final class ChargeHandlers {

    private static final Logger LOG = LoggerFactory.getLogger(ChargeHandlers.class);

    private final GameContext ctx;
    private final Guards guards;

    /**
     * @param ctx    the game context
     * @param guards the guards
     */
    public ChargeHandlers(GameContext ctx, Guards guards) {
        this.ctx = ctx;
        this.guards = guards;
    }

    /** @param routes the routes builder */
    public void register(Routes.Builder routes) {
        routes.onBlocking(SyncPointRequest.class, this::syncPoint, guards.inChannel());
        routes.onBlocking(SyncFreePassRequest.class, this::syncFreePass, guards.inChannel());
        routes.onBlocking(SyncCashPointRequest.class, this::syncCashPoint, guards.inChannel());
        routes.onBlocking(CheckGiftFreePassRequest.class, this::checkGiftFreePass, guards.inChannel());
    }

    private Identity refreshed(Session session, String what) {
        Player player = Player.of(session);
        Identity fresh = ctx.refresh(player);
        if (fresh == null) {
            LOG.warn("{}: {} for a user that vanished from storage", player, what);
        }
        return fresh;
    }

    private Object syncPoint(Session session, SyncPointRequest request) {
        Identity id = refreshed(session, "SyncPoint");
        // Spec 05 §5: the field is named "point" but carries the wallet's O2Cash.
        return id == null ? null : new SyncPointResponse(id.user().wallet().o2Cash());
    }

    private Object syncCashPoint(Session session, SyncCashPointRequest request) {
        Identity id = refreshed(session, "SyncCashPoint");
        return id == null
                ? null
                : new SyncCashPointResponse(
                        id.user().wallet().gem(), id.user().wallet().cashPoint());
    }

    private Object syncFreePass(Session session, SyncFreePassRequest request) {
        Identity id = refreshed(session, "SyncFreePass");
        if (id == null) {
            return null;
        }
        Instant now = id.loadedAt();
        boolean freeMusic = ctx.options().freeMusic();
        FreePass pass =
                FreePassRules.read(id.user().passes().vip(), id.user().passes().expiry(), now);
        Duration remaining = FreePassRules.remaining(freeMusic, pass, now);
        Wallet w = id.user().wallet();
        return SyncFreePassResponse.success(new UserFreePassInfo(
                w.gem(),
                w.point(),
                w.o2Cash(),
                w.musicCash(),
                w.itemCash(),
                FreePassRules.reportedType(freeMusic, pass),
                w.cashPoint(),
                DurationText.passText(remaining),
                FreePassRules.remainingSeconds(remaining)));
    }

    private Object checkGiftFreePass(Session session, CheckGiftFreePassRequest request) {
        // An exact, ASCII-case-insensitive nickname lookup; the reference's LIKE treats % and _ as wildcards (E9).
        Optional<UserProfile> user = request.name().isBlank()
                ? Optional.empty()
                : ctx.storage().characters().findByNickname(request.name());
        return user.map(u -> CheckGiftFreePassResponse.found(u.nickname()))
                .orElseGet(CheckGiftFreePassResponse::notFound);
    }
}
