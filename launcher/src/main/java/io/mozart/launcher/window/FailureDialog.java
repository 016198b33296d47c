package io.mozart.launcher.window;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.Window;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.concurrent.CountDownLatch;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import javax.swing.WindowConstants;

/**
 * The dialog a double-clicked Mozart shows when it cannot start (port in use, a mistake in config.ini, a database
 * that will not open) or fails while running (database lost): the reason in plain words and what to do, in
 * selectable text so it can be copied into a question. A double-clicked program never exits silently.
 */
public final class FailureDialog {

    /** The dialog's component name. */
    public static final String NAME = "mozart-failure";

    private FailureDialog() {}

    /**
     * Shows the dialog and blocks until the player closes it. Call it from any thread but the event thread.
     *
     * @param title   what happened, as the title
     * @param message the reason and what to do
     */
    public static void showAndWait(String title, String message) {
        final CountDownLatch closed = new CountDownLatch(1);
        SwingUtilities.invokeLater(() -> show(null, title, message, closed::countDown));
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Shows the dialog without waiting (event thread).
     *
     * @param owner    the window it belongs to, or null
     * @param title    what happened, as the title
     * @param message  the reason and what to do
     * @param onClosed runs when the player has closed it
     */
    static void show(Window owner, String title, String message, Runnable onClosed) {
        final JDialog dialog = new JDialog(owner, "Mozart — " + title);
        dialog.setName(NAME);
        dialog.setIconImages(AppIcon.images());
        dialog.setModal(false);
        dialog.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        final JLabel heading = new JLabel(title);
        heading.setName("failureTitle");
        heading.setFont(heading.getFont().deriveFont(heading.getFont().getSize2D() + 3f));
        heading.setIcon(UIManager.getIcon("OptionPane.errorIcon"));
        final JTextArea text = new JTextArea(message);
        text.setName("failureMessage");
        text.setEditable(false);
        text.setLineWrap(true);
        text.setWrapStyleWord(true);
        text.setOpaque(false);
        text.setColumns(52);
        final JScrollPane scroll = new JScrollPane(text);
        scroll.setBorder(BorderFactory.createEmptyBorder());
        scroll.setPreferredSize(new Dimension(520, 140));
        final JButton ok = new JButton("OK");
        ok.setName("failureOk");
        ok.addActionListener(e -> dialog.dispose());
        final JPanel buttons = new JPanel();
        buttons.add(ok);
        final JPanel content = new JPanel(new BorderLayout(8, 8));
        content.setBorder(BorderFactory.createEmptyBorder(12, 12, 8, 12));
        content.add(heading, BorderLayout.NORTH);
        content.add(scroll, BorderLayout.CENTER);
        content.add(buttons, BorderLayout.SOUTH);
        dialog.setContentPane(content);
        dialog.getRootPane().setDefaultButton(ok);
        dialog.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                onClosed.run();
            }
        });
        dialog.pack();
        dialog.setLocationRelativeTo(owner);
        dialog.setVisible(true);
        ok.requestFocusInWindow();
    }
}
