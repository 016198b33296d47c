package io.mozart.api.event;

/**
 * An event that listeners may refuse. The game checks {@link #isCancelled()} after every listener ran
 * and then behaves as the protocol does for a refused request (documented on each event).
 */
public interface Cancellable extends GameEvent {

    /**
     * Refuses the action.
     *
     * @param reason why, for the server log
     */
    void cancel(String reason);

    /** @return whether some listener refused the action */
    boolean isCancelled();

    /** @return the reason given by the first listener that refused, or {@code null} */
    String cancelReason();
}
