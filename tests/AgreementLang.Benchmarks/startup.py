# Start-up of agr against a hello-world, whole process, median of N runs of each (python3 tests/AgreementLang.Benchmarks/startup.py 7).
# Build first: dotnet build -c Release src/AgreementLang.Cli; dotnet publish src/AgreementLang.Cli -c Release -o /tmp/pub1;
# dotnet publish src/AgreementLang.Cli -c Release -p:SelfContained=true -p:PublishReadyToRunComposite=true -o /tmp/pub2;
# a console hello-world built at /tmp/hello (dotnet new console -o /tmp/hello; dotnet build -c Release /tmp/hello). Run from the repository root.
import subprocess,time,statistics,sys,os
ex='examples/forge'
files=[f'{ex}/zone.agr',f'{ex}/vault.agr',f'{ex}/us-japan.agr']
jit=['dotnet','src/AgreementLang.Cli/bin/Release/net10.0/agr.dll']
cmds={
 'hello':['dotnet','/tmp/hello/bin/Release/net10.0/hello.dll'],
 'JIT check':jit+['check']+files,
 'R2R check':['dotnet','/tmp/pub1/agr.dll','check']+files,
 'R2R composite check':['/tmp/pub2/agr','check']+files,
 'JIT --version':jit+['--version'],
 'R2R --version':['dotnet','/tmp/pub1/agr.dll','--version'],
 'R2R composite --version':['/tmp/pub2/agr','--version'],
}
t={k:[] for k in cmds}; c={k:[] for k in cmds}
for i in range(int(sys.argv[1]) if len(sys.argv)>1 else 7):
    for k,cmd in cmds.items():
        s=time.perf_counter(); p=subprocess.Popen(cmd,stdout=subprocess.DEVNULL,stderr=subprocess.DEVNULL); _,st,ru=os.wait4(p.pid,0); w=time.perf_counter()-s
        assert st==0,(k,st)
        t[k].append(w); c[k].append(ru.ru_utime+ru.ru_stime)
h=statistics.median(t['hello']); hc=statistics.median(c['hello'])
print('| run | wall median | × hello | CPU median | × hello |\n|---|---|---|---|---|')
for k in cmds: print(f'| {k} | {statistics.median(t[k])*1000:.0f} ms | {statistics.median(t[k])/h:.2f} | {statistics.median(c[k])*1000:.0f} ms | {statistics.median(c[k])/hc:.2f} |')
