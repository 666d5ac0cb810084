// Reloads the import job page while the job runs, so its progress (kept on the server) stays current.
// External file because the Content-Security-Policy allows no inline script.
(function () {
    var job = document.querySelector('[data-job-running]');
    if (job) {
        window.setTimeout(function () { window.location.reload(); }, 2000);
    }
})();
