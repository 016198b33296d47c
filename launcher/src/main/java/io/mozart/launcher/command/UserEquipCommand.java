package io.mozart.launcher.command;

import io.mozart.api.metadata.Item;
import io.mozart.api.metadata.ItemCatalogue;
import io.mozart.api.storage.Loadout;
import io.mozart.api.storage.Storage;
import io.mozart.api.storage.UserProfile;
import picocli.CommandLine.Command;

/**
 * {@code user:equip <username> <item-id>}: puts an item in its equipment slot; the item it replaces goes to the
 * first empty bag slot.
 */
@Command(name = "user:equip", description = "Equip an item (the replaced item goes to the bag).")
final class UserEquipCommand extends ItemCommand {

    UserEquipCommand(CommandEnvironment env) {
        super(env);
    }

    @Override
    int apply(Storage storage, UserProfile user, Loadout loadout, Item item, ItemCatalogue catalogue) {
        final int type = item.part();
        if (type < 0 || type >= Loadout.EQUIP_SLOTS) {
            println("Item " + itemId + " cannot be equipped.");
            return FAILED;
        }
        final int current = loadout.equipped(type);
        if (current == itemId) {
            println("Item " + itemId + " is already equipped by '" + username + "'.");
            return OK;
        }
        if (current != 0) {
            final int slot = firstEmptySlot(loadout);
            if (slot < 0) {
                println("Unable to equip item " + itemId + ": '" + username + "' has no empty bag slot.");
                return FAILED;
            }
            storage.inventories().writeBagSlot(user.id(), slot, current, bagCount(catalogue, current));
        }
        storage.inventories().equip(user.id(), type, itemId);
        println("Item " + itemId + " has been equipped by '" + username + "'.");
        return OK;
    }
}
