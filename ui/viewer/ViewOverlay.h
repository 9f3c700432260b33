#pragma once
// Something drawn on top of the image of an ImageView (scale bar, region outlines, and in
// later issues contours and heatmaps). Overlays paint in widget coordinates and use the
// view's mapFromImage/mapToImage, so they stay attached to the image as it zooms and pans.

class QPainter;

namespace ns::ui {

class ImageView;

class ViewOverlay {
public:
    virtual ~ViewOverlay() = default;
    virtual void paint(QPainter& painter, const ImageView& view) = 0;
};

} // namespace ns::ui
