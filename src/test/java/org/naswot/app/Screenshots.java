package org.naswot.app;

import java.io.File;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.naswot.app.theme.Theme;

/**
 * Screenshot main (run under xvfb-run): renders gallery views to PNGs.
 * Usage: Screenshots OUTDIR [name ...]
 */
public final class Screenshots {
    public static void main(String[] args) throws Exception {
        File dir = new File(args[0]);
        dir.mkdirs();
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        java.util.List<String> names = args.length > 1 ? java.util.List.of(args).subList(1, args.length)
                : ComponentGallery.viewNames();
        for (String name : names) {
            Theme theme = name.endsWith("-dark") ? Theme.DARK : Theme.LIGHT;
            shoot(dir, name, () -> ComponentGallery.view(name.replace("-dark", ""), theme));
        }
        Platform.exit();
        System.exit(0);
    }

    static void shoot(File dir, String name, Supplier<ComponentGallery.View> factory) throws Exception {
        CountDownLatch built = new CountDownLatch(1);
        Stage[] stage = new Stage[1];
        ComponentGallery.View[] view = new ComponentGallery.View[1];
        Platform.runLater(() -> {
          try {
            view[0] = factory.get();
            Parent root = view[0].root();
            Scene scene = new Scene(root, view[0].width(), view[0].height());
            view[0].theme().applyTo(scene);
            stage[0] = new Stage();
            stage[0].setScene(scene);
            stage[0].show();
          } catch (RuntimeException e) {
            e.printStackTrace();
            System.exit(3);
          }
            built.countDown();
        });
        built.await();
        Thread.sleep(1500);
        CountDownLatch shot = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                view[0].afterShown().run();
            } catch (RuntimeException e) {
                e.printStackTrace();
            }
            shot.countDown();
        });
        shot.await();
        Thread.sleep(900);
        CountDownLatch saved = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                WritableImage img = stage[0].getScene().snapshot(null);
                ImageIO.write(SwingFXUtils.fromFXImage(img, null), "png", new File(dir, name + ".png"));
                System.out.println("wrote " + new File(dir, name + ".png"));
            } catch (Exception e) {
                e.printStackTrace();
            }
            stage[0].close();
            saved.countDown();
        });
        saved.await();
    }
}
