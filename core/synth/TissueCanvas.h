#pragma once
// The acoustic tissue model of one frame on the output pixel grid: per pixel the RMS
// amplitude of diffuse (sub-resolution, random-phase) scatterers, the amplitude of
// coherent (specular, laterally in-phase) reflectors, and the attenuation coefficient.
// Views paint anatomy into it in millimetres; the B-mode former turns it into echoes.

#include <opencv2/core.hpp>

#include <vector>

namespace ns::synth {

struct Tissue {
    float diffuse = 1;    // RMS scatterer amplitude; 1 = reference soft tissue
    float coherent = 0;   // specular reflector amplitude
    float atten = 0.5f;   // dB / cm / MHz (one way)
};

using PathMm = std::vector<cv::Point2d>; // x lateral, y depth, millimetres

class TissueCanvas {
public:
    // originXmm: the physical lateral position of pixel column 0.
    TissueCanvas(cv::Size size, double spacingMm, double originXmm);

    cv::Size size() const { return m_size; }
    double spacing() const { return m_spacing; }
    cv::Point2d toPx(cv::Point2d mm) const { return {(mm.x - m_origin) / m_spacing, mm.y / m_spacing}; }

    void fill(const Tissue& t);
    void fillPolygon(const PathMm& mm, const Tissue& t);
    // Scales what is already there inside the polygon (anisotropy, echogenicity).
    void scalePolygon(const PathMm& mm, float diffuseScale, float coherentScale);
    void stroke(const PathMm& mm, double thicknessMm, const Tissue& t, bool closed = false);
    // Adds a specular point reflector (fibril, septum end-on) of the given amplitude.
    void addPoint(cv::Point2d mm, float coherent);

    cv::Mat diffuse, coherent, atten; // CV_32F, rows x cols

private:
    std::vector<cv::Point> toFixed(const PathMm& mm) const;
    cv::Size m_size;
    double m_spacing;
    double m_origin;
};

// Shapes in millimetres.
PathMm ellipsePath(cv::Point2d centre, double a, double b, double angleRad = 0, int vertices = 96);
// A closed outline whose radius wobbles by harmonic terms (amplitude relative to radius).
PathMm lobedEllipsePath(cv::Point2d centre, double a, double b, double angleRad, double h3, double phase3,
                        int vertices = 128);
// An arc band y = apex + curvature * (x - cx)^2 between x0 and x1.
PathMm parabola(double cx, double apexDepth, double curvature, double x0, double x1, int vertices = 48);

} // namespace ns::synth
