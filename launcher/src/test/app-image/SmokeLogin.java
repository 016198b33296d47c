import io.mozart.client.Bot;
import io.mozart.server.protocol.planet.AuthResponse;
import io.mozart.server.protocol.planet.ChannelLoginResponse;

/**
 * The app image smoke test's game client (run by smoke.sh as a single-file program on the system JDK, with
 * target/mozart.jar on the class path): connects to the game port, sends Authorize with a login token, expects
 * SUCCESS, then enters channel 0 — a real client login. Exits 1 on any failure.
 */
public final class SmokeLogin {

    private SmokeLogin() {
    }

    public static void main(String[] args) {
        if (args.length != 3) {
            System.err.println("usage: SmokeLogin <host> <port> <token>");
            System.exit(2);
        }
        try (Bot bot = Bot.connect(args[0], Integer.parseInt(args[1]))) {
            AuthResponse auth = bot.authorize(args[2]);
            if (auth.result() != AuthResponse.SUCCESS) {
                System.err.println("Authorize answered " + auth);
                System.exit(1);
            }
            Object reply = bot.channelLogin(0, 0);
            if (!(reply instanceof ChannelLoginResponse r) || r.result() != ChannelLoginResponse.SUCCESS) {
                System.err.println("ChannelLogin answered " + reply);
                System.exit(1);
            }
            System.out.println("authorized and entered channel 0");
        } catch (RuntimeException e) {
            System.err.println("login failed: " + e);
            System.exit(1);
        }
    }
}
