# Start-up of agr against a hello-world, whole process: the median of N runs of each, all in one run, the commands
# taking turns so that a change of load hits every one alike (docs/performance.md, "Start-up").
#
#   python3 tests/AgreementLang.Benchmarks/startup.py [N=7] [--rebuild]      (from the repository root)
#
# It builds what it measures into /tmp/agr-startup (once; --rebuild builds again):
#   hello      a `dotnet new console` hello-world built Release, run as `dotnet hello.dll`
#   shipped    agr as README.md installs it: `dotnet pack src/AgreementLang.Cli -c Release`, then
#              `dotnet tool install --tool-path` from those packages (on linux-x64 the natively compiled package,
#              elsewhere the framework-dependent JIT fallback)
#   r2r        `dotnet publish -r linux-x64 -p:AgrNative=false`: precompiled (ReadyToRun) assemblies, what the package
#              holds where no C linker is installed, for comparison
#   jit        `dotnet build -c Release` of the CLI, run as `dotnet agr.dll`, for comparison
# CPU time is user + system of the process and its children (os.wait4); on a busy machine it is the figure to read.
import os, shutil, statistics, subprocess, sys, time

root = os.getcwd()
work = '/tmp/agr-startup'
runs = next((int(a) for a in sys.argv[1:] if a.isdigit()), 7)
quiet = dict(stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
env = dict(os.environ, DOTNET_CLI_TELEMETRY_OPTOUT='1', DOTNET_NOLOGO='1', MSBUILDDISABLENODEREUSE='1',
           DOTNET_CLI_USE_MSBUILD_SERVER='0')


def sh(*cmd, cwd=root):
    subprocess.run(cmd, cwd=cwd, env=env, check=True, **quiet)


if '--rebuild' in sys.argv or not os.path.exists(f'{work}/tools/agr'):
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    sh('dotnet', 'new', 'console', '-o', f'{work}/hello', '-n', 'hello')
    sh('dotnet', 'build', '-c', 'Release', f'{work}/hello', '-p:UseSharedCompilation=false')
    sh('dotnet', 'build', '-c', 'Release', 'src/AgreementLang.Cli', '-o', f'{work}/jit', '-p:UseSharedCompilation=false')
    sh('dotnet', 'pack', 'src/AgreementLang.Cli', '-c', 'Release', '-o', f'{work}/feed', '-p:UseSharedCompilation=false')
    # Intermediate folders of its own, so that the native build's in obj/Release/net10.0/linux-x64 are left alone.
    sh('dotnet', 'publish', 'src/AgreementLang.Cli', '-c', 'Release', '-o', f'{work}/r2r', '-p:AgrNative=false',
       '-p:UseSharedCompilation=false', f'-p:IntermediateOutputPath={work}/obj-r2r/')
    with open(f'{work}/nuget.config', 'w') as f:
        f.write('<configuration><packageSources><clear /></packageSources></configuration>')
    sh('dotnet', 'tool', 'install', 'AgreementLang.Cli', '--tool-path', f'{work}/tools', '--add-source', f'{work}/feed',
       '--configfile', f'{work}/nuget.config', '--version', '0.1.0', cwd=work)

files = ['examples/forge/zone.agr', 'examples/forge/vault.agr', 'examples/forge/us-japan.agr']
shipped = [f'{work}/tools/agr']
jit = ['dotnet', f'{work}/jit/agr.dll']
cmds = {
    '`dotnet hello.dll`': ['dotnet', f'{work}/hello/bin/Release/net10.0/hello.dll'],
    'shipped `agr check` (3 files)': shipped + ['check'] + files,
    'shipped `agr --version`': shipped + ['--version'],
    'ReadyToRun `agr check` (3 files)': [f'{work}/r2r/agr', 'check'] + files,
    'ReadyToRun `agr --version`': [f'{work}/r2r/agr', '--version'],
    'JIT `agr check` (3 files)': jit + ['check'] + files,
    'JIT `agr --version`': jit + ['--version'],
}
wall = {k: [] for k in cmds}
cpu = {k: [] for k in cmds}
load = os.getloadavg()
for _ in range(runs):
    for name, cmd in cmds.items():
        start = time.perf_counter()
        process = subprocess.Popen(cmd, cwd=root, **quiet)
        _, status, usage = os.wait4(process.pid, 0)
        wall[name].append(time.perf_counter() - start)
        cpu[name].append(usage.ru_utime + usage.ru_stime)
        assert status == 0, (name, status)

hello = next(iter(cmds))
hw, hc = statistics.median(wall[hello]), statistics.median(cpu[hello])
print(f'{runs} runs of each; load average before {load[0]:.2f}, after {os.getloadavg()[0]:.2f}')
print('| run | wall median | × hello | CPU median | × hello |\n|---|---|---|---|---|')
for name in cmds:
    w, c = statistics.median(wall[name]), statistics.median(cpu[name])
    print(f'| {name} | {w * 1000:.0f} ms | {w / hw:.2f} | {c * 1000:.0f} ms | {c / hc:.2f} |')
