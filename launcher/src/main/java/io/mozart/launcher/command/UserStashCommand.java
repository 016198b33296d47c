package io.mozart.launcher.command;

import io.mozart.api.metadata.Item;
import io.mozart.api.metadata.ItemCatalogue;
import io.mozart.api.storage.Loadout;
import io.mozart.api.storage.Storage;
import io.mozart.api.storage.UserProfile;
import picocli.CommandLine.Command;

/**
 * {@code user:stash <username> <item-id>}: puts an item in the bag: the slot already holding it (its stack count
 * is overwritten, not added to), else the first empty slot.
 */
@Command(name = "user:stash", description = "Add an item to a user's bag.")
final class UserStashCommand extends ItemCommand {

    UserStashCommand(CommandEnvironment env) {
        super(env);
    }

    @Override
    int apply(Storage storage, UserProfile user, Loadout loadout, Item item, ItemCatalogue catalogue) {
        int slot = loadout.findBagSlot(itemId);
        if (slot < 0) {
            slot = firstEmptySlot(loadout);
        }
        if (slot < 0) {
            println("Unable to stash item " + itemId + ": '" + username + "' has no empty bag slot.");
            return FAILED;
        }
        storage.inventories().writeBagSlot(user.id(), slot, itemId, bagCount(catalogue, itemId));
        println("Item " + itemId + " has been added to '" + username + "'s bag.");
        return OK;
    }
}
